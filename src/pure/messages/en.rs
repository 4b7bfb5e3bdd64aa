//! English, the fallback for every other locale.

use super::{MessageKey as K, Units};

pub(super) const UNITS: Units = Units {
    second: ("second", "seconds"),
    minute: ("minute", "minutes"),
    unit_space: " ",
    join: " ",
    zero_is_one: false,
};

pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "Resend code",
        K::SendingButton => "Sending…",
        K::CooldownButton => "Resend code in {time}",
        K::CooldownLabel => "Resend code, available in {wait}",
        K::CooldownUntil => "Resend code at {clock}",
        K::CanResendNow => "You can ask for a new code now.",
        K::SentEmail => "We emailed a code to {destination}.",
        K::SentSms => "We texted a code to {destination}.",
        K::SentOther => "We sent a code to {destination}.",
        K::SentNeutral => "If an account exists for this username, we've sent a code.",
        K::AlreadyConfirmed => "Your account is already confirmed. You can sign in now.",
        K::CodeDeliveryFailure => "We couldn't deliver the code. Check that your email address or phone number is right, then try again.",
        K::Forbidden => "This request was blocked. Please try again later or contact support.",
        K::InternalError => "Something went wrong on our side. Please try again in a moment.",
        K::EmailRoleAccessPolicy => "We can't send codes by email right now. Please try again later or contact support.",
        K::SmsRoleAccessPolicy => "We can't send codes by text message right now. Please try again later or contact support.",
        K::SmsRoleTrustRelationship => "Text message codes aren't set up correctly yet. Please try again later or contact support.",
        K::InvalidParameter => "We couldn't send a code for this account. Please contact support.",
        K::LimitExceeded => "Too many attempts. Please wait {wait} before asking for another code.",
        K::LimitExceededUntil => "Too many attempts. You can ask for a new code at {clock}.",
        K::DailyEmailLimit => "We can't send more codes by email today. Please try again tomorrow or contact support.",
        K::NotAuthorized => "This account can't receive a code right now. Please contact support.",
        K::OperationNotEnabled => "Resending codes isn't available here. Please contact support.",
        K::ResourceNotFound => "This sign-up form isn't set up correctly. Please contact support.",
        K::TooManyRequests => "Too many requests right now. Please wait a few seconds and try again.",
        K::InvalidLambdaResponse => "We couldn't prepare your code message. Please try again later or contact support.",
        K::UnexpectedLambda => "A step of the sign-up process failed on our side. Please try again later or contact support.",
        K::UserLambdaValidation => "Your request for a new code wasn't accepted. Please contact support.",
        K::UserNotFound => "We couldn't find an account with that username. Check it, or sign up again.",
        K::UnknownError => "Something went wrong. Please try again later.",
        K::Offline => "You're offline. Connect to the internet and try again.",
        K::Network => "We couldn't reach the server. Check your connection and try again.",
        K::CorsRefused => "This page isn't allowed to contact the sign-up service. Please contact support.",
        K::Timeout => "The server took too long to answer. Please try again.",
        K::UnexpectedResponse => "We got an unexpected answer from the server. Please try again later.",
        K::InvalidUsername => "That username isn't valid. Check it and try again.",
        K::Misconfigured => "This sign-up form isn't set up correctly. Please contact support.",
        K::HelpText => "Didn't get it? Check your spam folder and give it a minute or two. Only the newest code works.",
        K::ChangeDestination => "Change your email or phone number",
    }
}
