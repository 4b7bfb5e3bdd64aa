//! German.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "Code erneut senden",
        K::SendingButton => "Wird gesendet…",
        K::CooldownButton => "Code erneut senden in {time}",
        K::CooldownLabel => "Code erneut senden, verfügbar in {wait}",
        K::CooldownUntil => "Code erneut senden ab {clock}",
        K::CanResendNow => "Sie können jetzt einen neuen Code anfordern.",
        K::SentEmail => "Wir haben einen Code per E-Mail an {destination} gesendet.",
        K::SentSms => "Wir haben einen Code per SMS an {destination} gesendet.",
        K::SentOther => "Wir haben einen Code an {destination} gesendet.",
        K::SentNeutral => "Falls zu diesem Benutzernamen ein Konto existiert, haben wir einen Code gesendet.",
        K::AlreadyConfirmed => "Ihr Konto ist bereits bestätigt. Sie können sich jetzt anmelden.",
        K::CodeDeliveryFailure => "Wir konnten den Code nicht zustellen. Prüfen Sie, ob Ihre E-Mail-Adresse oder Telefonnummer stimmt, und versuchen Sie es dann erneut.",
        K::Forbidden => "Diese Anfrage wurde blockiert. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::InternalError => "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.",
        K::EmailRoleAccessPolicy => "Wir können gerade keine Codes per E-Mail senden. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::SmsRoleAccessPolicy => "Wir können gerade keine Codes per SMS senden. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::SmsRoleTrustRelationship => "Codes per SMS sind noch nicht richtig eingerichtet. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::InvalidParameter => "Wir konnten für dieses Konto keinen Code senden. Bitte wenden Sie sich an den Support.",
        K::LimitExceeded => "Zu viele Versuche. Bitte warten Sie {wait}, bevor Sie einen neuen Code anfordern.",
        K::LimitExceededUntil => "Zu viele Versuche. Ab {clock} können Sie einen neuen Code anfordern.",
        K::DailyEmailLimit => "Wir können heute keine weiteren Codes per E-Mail senden. Bitte versuchen Sie es morgen erneut oder wenden Sie sich an den Support.",
        K::NotAuthorized => "Dieses Konto kann gerade keinen Code empfangen. Bitte wenden Sie sich an den Support.",
        K::OperationNotEnabled => "Das erneute Senden von Codes ist hier nicht verfügbar. Bitte wenden Sie sich an den Support.",
        K::ResourceNotFound => "Dieses Registrierungsformular ist nicht richtig eingerichtet. Bitte wenden Sie sich an den Support.",
        K::TooManyRequests => "Gerade gehen zu viele Anfragen ein. Bitte warten Sie einige Sekunden und versuchen Sie es dann erneut.",
        K::InvalidLambdaResponse => "Wir konnten Ihre Code-Nachricht nicht vorbereiten. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::UnexpectedLambda => "Ein Schritt der Registrierung ist bei uns fehlgeschlagen. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.",
        K::UserLambdaValidation => "Ihre Anfrage nach einem neuen Code wurde nicht angenommen. Bitte wenden Sie sich an den Support.",
        K::UserNotFound => "Wir haben kein Konto mit diesem Benutzernamen gefunden. Prüfen Sie ihn oder registrieren Sie sich erneut.",
        K::UnknownError => "Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.",
        K::Offline => "Sie sind offline. Stellen Sie eine Internetverbindung her und versuchen Sie es erneut.",
        K::Network => "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
        K::CorsRefused => "Diese Seite darf den Registrierungsdienst nicht kontaktieren. Bitte wenden Sie sich an den Support.",
        K::Timeout => "Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.",
        K::UnexpectedResponse => "Der Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es später erneut.",
        K::InvalidUsername => "Dieser Benutzername ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.",
        K::Misconfigured => "Dieses Registrierungsformular ist nicht richtig eingerichtet. Bitte wenden Sie sich an den Support.",
        K::HelpText => "Nichts angekommen? Sehen Sie im Spam-Ordner nach und warten Sie ein, zwei Minuten. Nur der neueste Code ist gültig.",
        K::ChangeDestination => "E-Mail-Adresse oder Telefonnummer ändern",
        K::Second => "{n} Sekunde",
        K::Seconds => "{n} Sekunden",
        K::Minute => "{n} Minute",
        K::Minutes => "{n} Minuten",
        K::MinutesAndSeconds => "{minutes} {seconds}",
    }
}
