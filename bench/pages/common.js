// What every bench page shares: its settings, and the hooks the harness uses
// (benchButton: the button once it can be pressed; benchClick: press it and
// resolve when the answer is on screen).
const params = new URLSearchParams(location.search);
export const settings = {
  endpoint: params.get("endpoint"),
  clientId: params.get("client_id") ?? "benchclient",
  userPoolId: "us-east-1_Bench",
  username: params.get("username") ?? "fake.email",
};

export function wire(button, send) {
  const result = document.querySelector("#result");
  let clicks = 0;
  let done;
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      result.textContent = `${++clicks}: ${await send()}`;
    } catch (error) {
      result.textContent = `${clicks}: ${error.name ?? error}`;
    }
    button.disabled = false;
    done?.(result.textContent);
  });
  globalThis.benchButton = () => button;
  globalThis.benchClick = () =>
    new Promise((resolve) => {
      done = resolve;
      button.click();
    });
}
