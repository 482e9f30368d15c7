//! Connecting to the district's PostgreSQL: a `postgres://` URL as libpq reads it, over
//! TLS through rustls (no OpenSSL anywhere). `sslmode=require` encrypts without checking
//! the server's certificate, as libpq does; adding `sslrootcert=FILE` (a PEM file of the
//! district's certificate or its CA) checks the certificate and the host name as well, as
//! libpq's `verify-full` does (`sslmode=verify-full` and `verify-ca` are taken as that).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use crate::district::DistrictError;

/// A district database to connect to.
#[derive(Debug, Clone)]
pub struct Target {
    /// What the client is given (the URL less the parameters read here).
    pub config: postgres::Config,
    /// The certificate (or CA) to check the server against, if any.
    pub root_cert: Option<PathBuf>,
    /// The URL as it may be shown: the password left out.
    pub shown: String,
}

/// The URL with any password replaced by `***`, for messages and logs.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{scheme}://{name}:***@{host}{tail}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// Reads a `postgres://` (or `postgresql://`) URL.
pub fn parse(url: &str) -> Result<Target, DistrictError> {
    let shown = crate::lesson::sanitize::escape_controls(&without_password(url));
    let bad = |detail: String| DistrictError::BadUrl {
        url: shown.clone(),
        detail,
    };
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(bad("postgres://".into()));
    }
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut kept = Vec::new();
    let mut root_cert = None;
    let mut verify = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslrootcert" => root_cert = Some(PathBuf::from(value)),
            "sslmode" if value == "verify-full" || value == "verify-ca" => {
                verify = true;
                kept.push("sslmode=require".to_string());
            }
            _ => kept.push(pair.to_string()),
        }
    }
    if verify && root_cert.is_none() {
        return Err(bad("sslmode=verify-full needs sslrootcert=FILE".into()));
    }
    let rebuilt = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    let mut config: postgres::Config = rebuilt.parse().map_err(|e: postgres::Error| {
        bad(crate::lesson::sanitize::escape_controls(&e.to_string()))
    })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(15));
    }
    config.application_name("zhulao");
    Ok(Target {
        config,
        root_cert,
        shown,
    })
}

/// Connects to the district database at `url`.
pub fn connect(url: &str) -> Result<postgres::Client, DistrictError> {
    let target = parse(url)?;
    let tls = tls_config(&target)?;
    target
        .config
        .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
        .map_err(|e| DistrictError::Connect {
            url: target.shown.clone(),
            detail: crate::district::server::error_text(&e),
        })
}

fn tls_config(target: &Target) -> Result<rustls::ClientConfig, DistrictError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| DistrictError::Tls {
            detail: e.to_string(),
        })?;
    let config = match &target.root_cert {
        Some(path) => {
            let tls = |detail: String| DistrictError::Tls {
                detail: format!("{}: {detail}", path.display()),
            };
            let mut roots = rustls::RootCertStore::empty();
            for cert in CertificateDer::pem_file_iter(path).map_err(|e| tls(e.to_string()))? {
                let cert = cert.map_err(|e| tls(e.to_string()))?;
                roots.add(cert).map_err(|e| tls(e.to_string()))?;
            }
            if roots.is_empty() {
                return Err(tls("no certificate".into()));
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
        None => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(EncryptOnly(provider)))
            .with_no_client_auth(),
    };
    Ok(config)
}

/// libpq's `sslmode=require`: the connection is encrypted and the handshake's signatures
/// are checked, but whose certificate it is, is not.
#[derive(Debug)]
struct EncryptOnly(Arc<CryptoProvider>);

impl ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_never_shown() {
        assert_eq!(
            without_password("postgres://zhulao:secret@db.example:5432/district?sslmode=require"),
            "postgres://zhulao:***@db.example:5432/district?sslmode=require"
        );
        assert_eq!(without_password("postgres://db/x"), "postgres://db/x");
    }

    #[test]
    fn the_url_is_read_as_libpq_reads_it() {
        let t = parse("postgres://u:p@127.0.0.1:5433/d?sslmode=require").unwrap();
        assert_eq!(t.config.get_dbname(), Some("d"));
        assert_eq!(t.config.get_ssl_mode(), postgres::config::SslMode::Require);
        assert!(t.root_cert.is_none());
        let t = parse("postgres://u@h/d?sslmode=verify-full&sslrootcert=/etc/ca.pem").unwrap();
        assert_eq!(t.root_cert, Some(PathBuf::from("/etc/ca.pem")));
        assert!(parse("postgres://u@h/d?sslmode=verify-full").is_err());
        assert!(parse("mysql://u@h/d").is_err());
        assert!(parse("postgres://u@h/d?sslmode=sometimes").is_err());
    }
}
