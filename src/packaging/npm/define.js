// Side-effect entry (`cognito-resend-code/element`): registers
// <cognito-resend-code>.
import { defineElement } from "./element.js";

defineElement();
