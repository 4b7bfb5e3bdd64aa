//! French.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "Renvoyer le code",
        K::SendingButton => "Envoi en cours…",
        K::CooldownButton => "Renvoyer le code dans {time}",
        K::CooldownLabel => "Renvoyer le code, disponible dans {wait}",
        K::CooldownUntil => "Renvoyer le code à {clock}",
        K::CanResendNow => "Vous pouvez maintenant demander un nouveau code.",
        K::SentEmail => "Nous avons envoyé un code par e-mail à {destination}.",
        K::SentSms => "Nous avons envoyé un code par SMS au {destination}.",
        K::SentOther => "Nous avons envoyé un code à {destination}.",
        K::SentNeutral => "Si un compte existe pour ce nom d’utilisateur, nous avons envoyé un code.",
        K::AlreadyConfirmed => "Votre compte est déjà confirmé. Vous pouvez vous connecter dès maintenant.",
        K::CodeDeliveryFailure => "Nous n’avons pas pu envoyer le code. Vérifiez votre adresse e-mail ou votre numéro de téléphone, puis réessayez.",
        K::Forbidden => "Cette demande a été bloquée. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::InternalError => "Un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
        K::EmailRoleAccessPolicy => "Nous ne pouvons pas envoyer de code par e-mail pour le moment. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::SmsRoleAccessPolicy => "Nous ne pouvons pas envoyer de code par SMS pour le moment. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::SmsRoleTrustRelationship => "L’envoi de codes par SMS n’est pas encore correctement configuré. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::InvalidParameter => "Nous n’avons pas pu envoyer de code pour ce compte. Veuillez contacter l’assistance.",
        K::LimitExceeded => "Trop de tentatives. Veuillez patienter {wait} avant de demander un nouveau code.",
        K::LimitExceededUntil => "Trop de tentatives. Vous pourrez demander un nouveau code à {clock}.",
        K::DailyEmailLimit => "Nous ne pouvons plus envoyer de codes par e-mail aujourd’hui. Veuillez réessayer demain ou contacter l’assistance.",
        K::NotAuthorized => "Ce compte ne peut pas recevoir de code pour le moment. Veuillez contacter l’assistance.",
        K::OperationNotEnabled => "Le renvoi de code n’est pas disponible ici. Veuillez contacter l’assistance.",
        K::ResourceNotFound => "Ce formulaire d’inscription n’est pas correctement configuré. Veuillez contacter l’assistance.",
        K::TooManyRequests => "Trop de demandes en ce moment. Patientez quelques secondes, puis réessayez.",
        K::InvalidLambdaResponse => "Nous n’avons pas pu préparer le message contenant votre code. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::UnexpectedLambda => "Une étape de l’inscription a échoué de notre côté. Veuillez réessayer plus tard ou contacter l’assistance.",
        K::UserLambdaValidation => "Votre demande de nouveau code n’a pas été acceptée. Veuillez contacter l’assistance.",
        K::UserNotFound => "Aucun compte ne correspond à ce nom d’utilisateur. Vérifiez-le ou inscrivez-vous à nouveau.",
        K::UnknownError => "Un problème est survenu. Veuillez réessayer plus tard.",
        K::Offline => "Vous êtes hors ligne. Connectez-vous à Internet, puis réessayez.",
        K::Network => "Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.",
        K::CorsRefused => "Cette page n’est pas autorisée à contacter le service d’inscription. Veuillez contacter l’assistance.",
        K::Timeout => "Le serveur a mis trop de temps à répondre. Veuillez réessayer.",
        K::UnexpectedResponse => "Le serveur a renvoyé une réponse inattendue. Veuillez réessayer plus tard.",
        K::InvalidUsername => "Ce nom d’utilisateur n’est pas valide. Vérifiez-le, puis réessayez.",
        K::Misconfigured => "Ce formulaire d’inscription n’est pas correctement configuré. Veuillez contacter l’assistance.",
        K::HelpText => "Vous ne l’avez pas reçu ? Vérifiez vos courriers indésirables et patientez une ou deux minutes. Seul le code le plus récent est valable.",
        K::ChangeDestination => "Modifier l’adresse e-mail ou le numéro de téléphone",
        K::Second => "{n} seconde",
        K::Seconds => "{n} secondes",
        K::Minute => "{n} minute",
        K::Minutes => "{n} minutes",
        K::MinutesAndSeconds => "{minutes} {seconds}",
    }
}
