// Importing "cognito-resend-code/element" registers <cognito-resend-code>.
export {};
