//! Spanish.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "Reenviar código",
        K::SendingButton => "Enviando…",
        K::CooldownButton => "Reenviar código en {time}",
        K::CooldownLabel => "Reenviar código, disponible en {wait}",
        K::CooldownUntil => "Reenviar código a las {clock}",
        K::CanResendNow => "Ya puedes solicitar un código nuevo.",
        K::SentEmail => "Enviamos un código por correo electrónico a {destination}.",
        K::SentSms => "Enviamos un código por SMS a {destination}.",
        K::SentOther => "Enviamos un código a {destination}.",
        K::SentNeutral => "Si existe una cuenta con este nombre de usuario, te enviamos un código.",
        K::AlreadyConfirmed => "Tu cuenta ya está confirmada. Ya puedes iniciar sesión.",
        K::CodeDeliveryFailure => "No pudimos entregar el código. Comprueba que tu correo electrónico o número de teléfono sea correcto y vuelve a intentarlo.",
        K::Forbidden => "Se bloqueó esta solicitud. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::InternalError => "Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.",
        K::EmailRoleAccessPolicy => "No podemos enviar códigos por correo electrónico en este momento. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::SmsRoleAccessPolicy => "No podemos enviar códigos por SMS en este momento. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::SmsRoleTrustRelationship => "Los códigos por SMS aún no están bien configurados. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::InvalidParameter => "No pudimos enviar un código para esta cuenta. Contacta con el soporte técnico.",
        K::LimitExceeded => "Demasiados intentos. Espera {wait} antes de solicitar otro código.",
        K::LimitExceededUntil => "Demasiados intentos. Podrás solicitar un código nuevo a las {clock}.",
        K::DailyEmailLimit => "Hoy no podemos enviar más códigos por correo electrónico. Vuelve a intentarlo mañana o contacta con soporte.",
        K::NotAuthorized => "Esta cuenta no puede recibir un código en este momento. Contacta con el soporte técnico.",
        K::OperationNotEnabled => "El reenvío de códigos no está disponible aquí. Contacta con el soporte técnico.",
        K::ResourceNotFound => "Este formulario de registro no está configurado correctamente. Contacta con el soporte técnico.",
        K::TooManyRequests => "Hay demasiadas solicitudes en este momento. Espera unos segundos y vuelve a intentarlo.",
        K::InvalidLambdaResponse => "No pudimos preparar el mensaje con tu código. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::UnexpectedLambda => "Un paso del registro falló por nuestra parte. Vuelve a intentarlo más tarde o contacta con el soporte técnico.",
        K::UserLambdaValidation => "No se aceptó tu solicitud de un código nuevo. Contacta con el soporte técnico.",
        K::UserNotFound => "No encontramos ninguna cuenta con ese nombre de usuario. Compruébalo o vuelve a registrarte.",
        K::UnknownError => "Algo salió mal. Vuelve a intentarlo más tarde.",
        K::Offline => "No tienes conexión. Conéctate a internet y vuelve a intentarlo.",
        K::Network => "No pudimos conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.",
        K::CorsRefused => "Esta página no tiene permiso para contactar con el servicio de registro. Contacta con el soporte técnico.",
        K::Timeout => "El servidor tardó demasiado en responder. Vuelve a intentarlo.",
        K::UnexpectedResponse => "Recibimos una respuesta inesperada del servidor. Vuelve a intentarlo más tarde.",
        K::InvalidUsername => "Ese nombre de usuario no es válido. Compruébalo y vuelve a intentarlo.",
        K::Misconfigured => "Este formulario de registro no está configurado correctamente. Contacta con el soporte técnico.",
        K::HelpText => "¿No lo recibiste? Revisa la carpeta de spam y espera uno o dos minutos. Solo funciona el código más reciente.",
        K::ChangeDestination => "Cambiar el correo electrónico o el número de teléfono",
        K::Second => "{n} segundo",
        K::Seconds => "{n} segundos",
        K::Minute => "{n} minuto",
        K::Minutes => "{n} minutos",
        K::MinutesAndSeconds => "{minutes} {seconds}",
    }
}
