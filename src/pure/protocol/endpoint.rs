//! Where the request goes: a region, a user pool id, a partition, FIPS, or a
//! custom URL (an emulator, a proxy).

use core::fmt;

/// What the caller told us about the endpoint. Empty strings count as unset.
///
/// Precedence: `endpoint` replaces the whole URL (like the CLI's
/// `--endpoint-url`); otherwise the region comes from `region`, else from the
/// `user_pool_id` (`us-east-1_AbC123` is in `us-east-1`). When both are set
/// they must agree.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::EndpointConfig;
/// let config = EndpointConfig { user_pool_id: Some("eu-west-1_AbC123".into()), ..Default::default() };
/// assert_eq!(config.resolve().unwrap(), "https://cognito-idp.eu-west-1.amazonaws.com/");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndpointConfig {
    /// A full URL that replaces the AWS endpoint.
    pub endpoint: Option<String>,
    /// An AWS region such as `us-east-1`.
    pub region: Option<String>,
    /// A user pool id such as `us-east-1_AbC123`.
    pub user_pool_id: Option<String>,
    /// Use the FIPS endpoint (US regions only).
    pub fips: bool,
}

/// Why no endpoint could be worked out.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::{EndpointConfig, EndpointError};
/// let config = EndpointConfig { region: Some("mars-1".into()), ..Default::default() };
/// assert_eq!(config.resolve(), Err(EndpointError::BadRegion("mars-1".into())));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndpointError {
    /// None of endpoint, region and user pool id was given.
    Missing,
    /// Not a region name like `us-east-1`.
    BadRegion(String),
    /// Not a user pool id like `us-east-1_AbC123`.
    BadUserPoolId(String),
    /// `region` and the user pool id's region differ.
    RegionMismatch {
        /// The `region` given.
        region: String,
        /// The region in the user pool id.
        user_pool_region: String,
    },
    /// Cognito has FIPS endpoints in US regions only.
    NoFipsEndpoint(String),
    /// The custom endpoint is not a usable http(s) URL.
    BadUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl EndpointError {
    /// What is wrong, for the developer (also its `Display`).
    pub fn message(&self) -> String {
        let mut text = String::new();
        let quoted = |text: &mut String, before: &str, value: &str, after: &str| {
            text.push_str(before);
            super::push_quoted(text, value);
            text.push_str(after);
        };
        match self {
            Self::Missing => {
                text.push_str("no endpoint: set a region, a user pool id or an endpoint URL");
            }
            Self::BadRegion(region) => quoted(
                &mut text,
                "region ",
                region,
                " is not an AWS region name like \"us-east-1\"",
            ),
            Self::BadUserPoolId(id) => quoted(
                &mut text,
                "user pool id ",
                id,
                " is not like \"us-east-1_AbC123\"",
            ),
            Self::RegionMismatch {
                region,
                user_pool_region,
            } => {
                quoted(&mut text, "region ", region, "");
                quoted(
                    &mut text,
                    " does not match the user pool id's region ",
                    user_pool_region,
                    "",
                );
            }
            Self::NoFipsEndpoint(region) => quoted(
                &mut text,
                "Cognito has no FIPS endpoint in ",
                region,
                " (US regions only)",
            ),
            Self::BadUrl { url, reason } => {
                quoted(&mut text, "endpoint ", url, " is not usable: ");
                text.push_str(reason);
            }
        }
        text
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for EndpointError {}

impl EndpointConfig {
    /// The URL to POST to.
    pub fn resolve(&self) -> Result<String, EndpointError> {
        if let Some(url) = non_empty(&self.endpoint) {
            check_url(url)?;
            return Ok(url.to_owned());
        }
        let pool_region = non_empty(&self.user_pool_id)
            .map(region_from_user_pool_id)
            .transpose()?;
        let region = match (non_empty(&self.region), pool_region) {
            (Some(region), Some(pool)) if region != pool => {
                return Err(EndpointError::RegionMismatch {
                    region: region.to_owned(),
                    user_pool_region: pool.to_owned(),
                })
            }
            (Some(region), _) => region,
            (None, Some(pool)) => pool,
            (None, None) => return Err(EndpointError::Missing),
        };
        endpoint_for_region(region, self.fips)
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(super::trim).filter(|v| !v.is_empty())
}

/// The region part of a user pool id (`^[\w-]+_.+$`).
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::region_from_user_pool_id;
/// assert_eq!(region_from_user_pool_id("us-east-1_AbC123"), Ok("us-east-1"));
/// assert!(region_from_user_pool_id("AbC123").is_err());
/// ```
pub fn region_from_user_pool_id(user_pool_id: &str) -> Result<&str, EndpointError> {
    let bad = || EndpointError::BadUserPoolId(user_pool_id.to_owned());
    let (region, rest) = user_pool_id.split_once(['_']).ok_or_else(bad)?;
    if rest.is_empty() || !is_region(region) {
        return Err(bad());
    }
    Ok(region)
}

/// The Cognito user pools endpoint of a region, in its partition.
///
/// ## Usage
/// ```
/// use cognito_resend_code::protocol::endpoint_for_region;
/// assert_eq!(endpoint_for_region("cn-north-1", false).unwrap(), "https://cognito-idp.cn-north-1.amazonaws.com.cn/");
/// assert_eq!(endpoint_for_region("us-west-2", true).unwrap(), "https://cognito-idp-fips.us-west-2.amazonaws.com/");
/// ```
pub fn endpoint_for_region(region: &str, fips: bool) -> Result<String, EndpointError> {
    if !is_region(region) {
        return Err(EndpointError::BadRegion(region.to_owned()));
    }
    let suffix = dns_suffix(region);
    if fips && !(region.starts_with("us-") && suffix == "amazonaws.com") {
        return Err(EndpointError::NoFipsEndpoint(region.to_owned()));
    }
    let service = if fips {
        "cognito-idp-fips."
    } else {
        "cognito-idp."
    };
    let mut url = String::with_capacity(40);
    for part in ["https://", service, region, ".", suffix, "/"] {
        url.push_str(part);
    }
    Ok(url)
}

/// The partition's DNS suffix, from the region's prefix.
fn dns_suffix(region: &str) -> &'static str {
    const PARTITIONS: [(&str, &str); 6] = [
        ("cn-", "amazonaws.com.cn"),
        ("us-isob-", "sc2s.sgov.gov"),
        ("us-isof-", "csp.hci.ic.gov"),
        ("us-iso-", "c2s.ic.gov"),
        ("eu-isoe-", "cloud.adc-e.uk"),
        ("eusc-", "amazonaws.eu"),
    ];
    PARTITIONS
        .iter()
        .find(|(prefix, _)| region.starts_with(prefix))
        .map_or("amazonaws.com", |(_, suffix)| suffix)
}

/// `us-east-1`, `us-gov-west-1`, `ap-southeast-5`, `eusc-de-east-1`: lowercase
/// words joined by `-`, ending in a number.
fn is_region(region: &str) -> bool {
    let lowercase = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
    let Some((words, number)) = region.rsplit_once(['-']) else {
        return false;
    };
    let Some((first, middle)) = words.split_once(['-']) else {
        return false;
    };
    (2..=4).contains(&first.len())
        && lowercase(first)
        && middle.split(['-']).all(lowercase)
        && (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// An `http://` or `https://` URL with a host, an optional port and path, and
/// nothing a `fetch` would refuse or a typo would hide.
fn check_url(url: &str) -> Result<(), EndpointError> {
    let bad = |reason| {
        Err(EndpointError::BadUrl {
            url: url.to_owned(),
            reason,
        })
    };
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return bad("it must start with http:// or https://");
    };
    if url.chars().any(|c| super::is_space(c) || c.is_control()) {
        return bad("it contains spaces or control characters");
    }
    if url.contains(['#']) {
        return bad("it must not have a #fragment");
    }
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    if authority.contains(['@']) {
        return bad("it must not contain a user name or password");
    }
    let (host, port) = match authority.rsplit_once([':']) {
        Some((h, _)) if !h.ends_with(']') && h.contains([':']) => (authority, None),
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if host.is_empty() {
        return bad("it has no host");
    }
    let host_ok = if let Some(ipv6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !ipv6.is_empty()
            && ipv6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        // Non-ASCII is left to the browser's IDNA check: Unicode's letter
        // and digit tables would cost the page more than the whole URL check.
        host.chars()
            .all(|c| c.is_ascii_alphanumeric() || !c.is_ascii() || c == '-' || c == '.' || c == '_')
    };
    if !host_ok {
        return bad("its host name is not valid");
    }
    // An empty port (`host:/`) is the scheme's default, as URLs have it.
    if let Some(port) = port.filter(|port| !port.is_empty()) {
        if port.starts_with('+') || !matches!(super::parse_decimal_u32(port), Some(1..=65535)) {
            return bad("its port must be a number from 1 to 65535");
        }
    }
    Ok(())
}
