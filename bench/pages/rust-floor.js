// The Rust/wasm floor: one gloo-net POST from the smallest crate that can
// make it (bench/rust-floor), the body JSON read by the page.
import init, { resend } from "../rust-floor/pkg/rust_floor.js";
import { settings, wire } from "./common.js";

await init({ module_or_path: new URL("./rust_floor_bg.wasm", import.meta.url) });
wire(document.querySelector("#resend"), async () => {
  const body = JSON.parse(await resend(settings.endpoint, JSON.stringify({ ClientId: settings.clientId, Username: settings.username })));
  if (!body.CodeDeliveryDetails) throw new Error(body.__type);
  return `Sent to ${body.CodeDeliveryDetails.Destination}`;
});
