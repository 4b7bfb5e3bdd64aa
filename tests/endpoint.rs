//! Endpoint resolution: region, user pool id, partitions, FIPS, custom URLs.

use cognito_resend_code::protocol::{EndpointConfig, EndpointError};

fn config(
    endpoint: Option<&str>,
    region: Option<&str>,
    pool: Option<&str>,
    fips: bool,
) -> EndpointConfig {
    EndpointConfig {
        endpoint: endpoint.map(Into::into),
        region: region.map(Into::into),
        user_pool_id: pool.map(Into::into),
        fips,
    }
}

fn from_region(region: &str) -> Result<String, EndpointError> {
    config(None, Some(region), None, false).resolve()
}

fn from_url(url: &str) -> Result<String, EndpointError> {
    config(Some(url), None, None, false).resolve()
}

#[test]
fn regions_map_to_their_partition() {
    let cases = [
        ("us-east-1", "https://cognito-idp.us-east-1.amazonaws.com/"),
        (
            "eu-central-2",
            "https://cognito-idp.eu-central-2.amazonaws.com/",
        ),
        (
            "ap-southeast-5",
            "https://cognito-idp.ap-southeast-5.amazonaws.com/",
        ),
        (
            "us-gov-west-1",
            "https://cognito-idp.us-gov-west-1.amazonaws.com/",
        ),
        (
            "cn-north-1",
            "https://cognito-idp.cn-north-1.amazonaws.com.cn/",
        ),
        (
            "cn-northwest-1",
            "https://cognito-idp.cn-northwest-1.amazonaws.com.cn/",
        ),
        (
            "eusc-de-east-1",
            "https://cognito-idp.eusc-de-east-1.amazonaws.eu/",
        ),
        (
            "us-iso-east-1",
            "https://cognito-idp.us-iso-east-1.c2s.ic.gov/",
        ),
        (
            "us-isob-east-1",
            "https://cognito-idp.us-isob-east-1.sc2s.sgov.gov/",
        ),
    ];
    for (region, url) in cases {
        assert_eq!(from_region(region).as_deref(), Ok(url), "{region}");
    }
}

#[test]
fn user_pool_id_gives_the_region() {
    assert_eq!(
        config(None, None, Some("us-east-1_AbC123"), false)
            .resolve()
            .as_deref(),
        Ok("https://cognito-idp.us-east-1.amazonaws.com/")
    );
    assert_eq!(
        config(None, None, Some("cn-north-1_Xyz"), false)
            .resolve()
            .as_deref(),
        Ok("https://cognito-idp.cn-north-1.amazonaws.com.cn/")
    );
    // Agreeing region and pool id are fine.
    assert!(config(None, Some("eu-west-1"), Some("eu-west-1_Q"), false)
        .resolve()
        .is_ok());
}

#[test]
fn region_and_user_pool_id_must_agree() {
    assert_eq!(
        config(None, Some("us-west-2"), Some("us-east-1_AbC123"), false).resolve(),
        Err(EndpointError::RegionMismatch {
            region: "us-west-2".into(),
            user_pool_region: "us-east-1".into()
        })
    );
}

#[test]
fn bad_user_pool_ids_are_named() {
    for bad in [
        "AbC123",
        "us-east-1_",
        "_AbC",
        "nowhere_AbC",
        "US-EAST-1_AbC",
        "us east-1_x",
    ] {
        assert_eq!(
            config(None, None, Some(bad), false).resolve(),
            Err(EndpointError::BadUserPoolId(bad.into())),
            "{bad}"
        );
    }
}

#[test]
fn bad_regions_are_named() {
    for bad in [
        "us-east",
        "useast1",
        "US-EAST-1",
        "us-east-1.",
        "u-east-1",
        "us--1",
        "us-east-123",
        "https://x",
        "us-east-1/x",
    ] {
        assert_eq!(
            from_region(bad),
            Err(EndpointError::BadRegion(bad.into())),
            "{bad}"
        );
    }
}

#[test]
fn fips_is_for_us_regions() {
    assert_eq!(
        config(None, Some("us-west-2"), None, true)
            .resolve()
            .as_deref(),
        Ok("https://cognito-idp-fips.us-west-2.amazonaws.com/")
    );
    assert_eq!(
        config(None, None, Some("us-gov-west-1_A"), true)
            .resolve()
            .as_deref(),
        Ok("https://cognito-idp-fips.us-gov-west-1.amazonaws.com/")
    );
    for region in ["eu-west-1", "cn-north-1", "us-iso-east-1"] {
        assert_eq!(
            config(None, Some(region), None, true).resolve(),
            Err(EndpointError::NoFipsEndpoint(region.into()))
        );
    }
}

#[test]
fn custom_url_replaces_everything() {
    assert_eq!(
        config(
            Some("http://127.0.0.1:4566"),
            Some("eu-west-1"),
            Some("us-east-1_A"),
            true
        )
        .resolve()
        .as_deref(),
        Ok("http://127.0.0.1:4566")
    );
    for ok in [
        "https://proxy.example.com/cognito/",
        "http://localhost:9229/",
        "http://[::1]:8080/",
        "https://cognito-idp.us-east-1.amazonaws.com/",
        // Internationalized host names: the browser checks and converts them.
        "https://bücher.example/",
        "https://認証.example:8443/",
        // An empty port is the scheme's default, as the browser reads it.
        "http://localhost:/",
    ] {
        assert_eq!(from_url(ok).as_deref(), Ok(ok));
    }
}

#[test]
fn bad_urls_say_what_is_wrong() {
    let reason = |url: &str| match from_url(url) {
        Err(EndpointError::BadUrl { reason, .. }) => reason,
        other => panic!("{url}: {other:?}"),
    };
    assert_eq!(reason("ftp://x"), "it must start with http:// or https://");
    assert_eq!(
        reason("127.0.0.1:4566"),
        "it must start with http:// or https://"
    );
    assert_eq!(reason("http://"), "it has no host");
    assert_eq!(reason("http://:80/"), "it has no host");
    assert_eq!(
        reason("http://a b/"),
        "it contains spaces or control characters"
    );
    assert_eq!(
        reason("http://u:p@host/"),
        "it must not contain a user name or password"
    );
    assert_eq!(
        reason("http://host:0/"),
        "its port must be a number from 1 to 65535"
    );
    assert_eq!(
        reason("http://host:99999/"),
        "its port must be a number from 1 to 65535"
    );
    assert_eq!(
        reason("http://host:x/"),
        "its port must be a number from 1 to 65535"
    );
    // The browser refuses a signed port.
    assert_eq!(
        reason("http://host:+80/"),
        "its port must be a number from 1 to 65535"
    );
    assert_eq!(reason("http://host/#x"), "it must not have a #fragment");
    assert_eq!(reason("http://ho<st/"), "its host name is not valid");
    assert_eq!(reason("http://ho\\st/"), "its host name is not valid");
    assert_eq!(
        reason("http://host\u{3000}name/"),
        "it contains spaces or control characters"
    );
}

#[test]
fn empty_or_blank_values_count_as_unset() {
    assert_eq!(
        config(Some(""), Some(" "), Some(""), false).resolve(),
        Err(EndpointError::Missing)
    );
    assert_eq!(
        config(Some(""), Some(" us-east-1 "), None, false)
            .resolve()
            .as_deref(),
        Ok("https://cognito-idp.us-east-1.amazonaws.com/")
    );
}

#[test]
fn messages_say_what_to_fix() {
    assert_eq!(
        EndpointError::Missing.to_string(),
        "no endpoint: set a region, a user pool id or an endpoint URL"
    );
    assert_eq!(
        from_region("useast1").unwrap_err().to_string(),
        "region \"useast1\" is not an AWS region name like \"us-east-1\""
    );
    assert_eq!(
        config(None, Some("eu-west-1"), None, true)
            .resolve()
            .unwrap_err()
            .to_string(),
        "Cognito has no FIPS endpoint in \"eu-west-1\" (US regions only)"
    );
}
