//! What can be tapped or focused on a step: things on the phone, a choice, or the touch
//! keys under an input.

/// Something on the current step that can take focus and be pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The n-th element of the screen (button, item, message, input).
    Element(usize),
    /// Button `b` of the dialog that is element `e`.
    DialogButton(usize, usize),
    /// The n-th option of a `choose` task.
    Option(usize),
    /// A key of the number pad under a number field.
    Key(char),
    /// 删除 under an input: the last character goes.
    Erase,
    /// The n-th word of the suggestion bar under a text field.
    Word(usize),
    /// 确定 under an input: what is typed is sent.
    Submit,
}

impl Target {
    /// Whether this is one of the touch keys under an input (not a thing on the screen).
    pub fn is_key(self) -> bool {
        matches!(
            self,
            Target::Key(_) | Target::Erase | Target::Word(_) | Target::Submit
        )
    }
}
