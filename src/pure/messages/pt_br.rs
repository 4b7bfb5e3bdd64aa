//! Brazilian Portuguese.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "Reenviar código",
        K::SendingButton => "Enviando…",
        K::CooldownButton => "Reenviar código em {time}",
        K::CooldownLabel => "Reenviar código, disponível em {wait}",
        K::CooldownUntil => "Reenviar código às {clock}",
        K::CanResendNow => "Você já pode pedir um novo código.",
        K::SentEmail => "Enviamos um código por e-mail para {destination}.",
        K::SentSms => "Enviamos um código por SMS para {destination}.",
        K::SentOther => "Enviamos um código para {destination}.",
        K::SentNeutral => "Se existir uma conta com este nome de usuário, enviamos um código.",
        K::AlreadyConfirmed => "Sua conta já está confirmada. Você já pode entrar.",
        K::CodeDeliveryFailure => "Não conseguimos entregar o código. Verifique se o seu e-mail ou número de telefone está correto e tente novamente.",
        K::Forbidden => "Esta solicitação foi bloqueada. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::InternalError => "Ocorreu um erro do nosso lado. Tente novamente em instantes.",
        K::EmailRoleAccessPolicy => "Não é possível enviar códigos por e-mail no momento. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::SmsRoleAccessPolicy => "Não é possível enviar códigos por SMS no momento. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::SmsRoleTrustRelationship => "O envio de códigos por SMS ainda não está configurado corretamente. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::InvalidParameter => "Não conseguimos enviar um código para esta conta. Entre em contato com o suporte.",
        K::LimitExceeded => "Muitas tentativas. Aguarde {wait} antes de pedir outro código.",
        K::LimitExceededUntil => "Muitas tentativas. Você poderá pedir um novo código às {clock}.",
        K::DailyEmailLimit => "Não podemos enviar mais códigos por e-mail hoje. Tente novamente amanhã ou entre em contato com o suporte.",
        K::NotAuthorized => "Esta conta não pode receber um código no momento. Entre em contato com o suporte.",
        K::OperationNotEnabled => "O reenvio de códigos não está disponível aqui. Entre em contato com o suporte.",
        K::ResourceNotFound => "Este formulário de cadastro não está configurado corretamente. Entre em contato com o suporte.",
        K::TooManyRequests => "Muitas solicitações no momento. Aguarde alguns segundos e tente novamente.",
        K::InvalidLambdaResponse => "Não conseguimos preparar a mensagem com o seu código. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::UnexpectedLambda => "Uma etapa do cadastro falhou do nosso lado. Tente novamente mais tarde ou entre em contato com o suporte.",
        K::UserLambdaValidation => "Sua solicitação de um novo código não foi aceita. Entre em contato com o suporte.",
        K::UserNotFound => "Não encontramos uma conta com esse nome de usuário. Verifique-o ou faça o cadastro novamente.",
        K::UnknownError => "Algo deu errado. Tente novamente mais tarde.",
        K::Offline => "Você está sem conexão. Conecte-se à internet e tente novamente.",
        K::Network => "Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.",
        K::CorsRefused => "Esta página não tem permissão para acessar o serviço de cadastro. Entre em contato com o suporte.",
        K::Timeout => "O servidor demorou demais para responder. Tente novamente.",
        K::UnexpectedResponse => "Recebemos uma resposta inesperada do servidor. Tente novamente mais tarde.",
        K::InvalidUsername => "Esse nome de usuário não é válido. Verifique-o e tente novamente.",
        K::Misconfigured => "Este formulário de cadastro não está configurado corretamente. Entre em contato com o suporte.",
        K::HelpText => "Não recebeu? Confira a pasta de spam e aguarde um ou dois minutos. Só o código mais recente funciona.",
        K::ChangeDestination => "Alterar e-mail ou número de telefone",
        K::Second => "{n} segundo",
        K::Seconds => "{n} segundos",
        K::Minute => "{n} minuto",
        K::Minutes => "{n} minutos",
        K::MinutesAndSeconds => "{minutes} {seconds}",
    }
}
