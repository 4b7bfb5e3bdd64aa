//! The server half: axum serves the app's routes rendered to HTML and the
//! client's files from the site root. Settings come from the usual Leptos
//! variables (LEPTOS_SITE_ADDR, LEPTOS_SITE_ROOT, LEPTOS_OUTPUT_NAME).

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use axum::Router;
    use leptos::prelude::*;
    use leptos_axum::{generate_route_list, LeptosRoutes};
    use ssr_app::{shell, App};

    let options = get_configuration(None)?.leptos_options;
    let address = options.site_addr;
    let routes = generate_route_list(App);
    let app = Router::new()
        .leptos_routes(&options, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler(shell))
        .with_state(options);
    let listener = tokio::net::TcpListener::bind(address).await?;
    println!("listening on http://{address}");
    axum::serve(listener, app.into_make_service()).await?;
    Ok(())
}
