//! The scripted fake Cognito the browser tests send to: its address, and
//! what it received (it records every request).

/// Where the fake listens (`tools/test.sh` sets `FAKE_COGNITO_URL`).
pub const FAKE: &str = match option_env!("FAKE_COGNITO_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:4571/",
};

/// Every request the fake has received, oldest first: `{method, path,
/// headers, body}`.
pub async fn received() -> Vec<serde_json::Value> {
    let text = gloo_net::http::Request::get(&format!("{FAKE}_requests"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    serde_json::from_str(&text).unwrap()
}
