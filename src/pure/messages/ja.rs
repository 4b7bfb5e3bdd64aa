//! Japanese.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "コードを再送信",
        K::SendingButton => "送信中…",
        K::CooldownButton => "{time}後に再送信",
        K::CooldownLabel => "コードを再送信、{wait}後に利用できます",
        K::CooldownUntil => "{clock}から再送信",
        K::CanResendNow => "新しいコードをリクエストできるようになりました。",
        K::SentEmail => "{destination}にメールでコードを送信しました。",
        K::SentSms => "{destination}にSMSでコードを送信しました。",
        K::SentOther => "{destination}にコードを送信しました。",
        K::SentNeutral => "このユーザー名のアカウントが存在する場合は、コードを送信しました。",
        K::AlreadyConfirmed => "アカウントはすでに確認済みです。今すぐサインインできます。",
        K::CodeDeliveryFailure => "コードを送信できませんでした。メールアドレスまたは電話番号が正しいことを確認して、もう一度お試しください。",
        K::Forbidden => "このリクエストはブロックされました。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::InternalError => "システムで問題が発生しました。少し待ってから、もう一度お試しください。",
        K::EmailRoleAccessPolicy => "現在メールでコードを送信できません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::SmsRoleAccessPolicy => "現在SMSでコードを送信できません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::SmsRoleTrustRelationship => "SMSによるコード送信がまだ正しく設定されていません。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::InvalidParameter => "このアカウントにはコードを送信できませんでした。サポートにお問い合わせください。",
        K::LimitExceeded => "試行回数が多すぎます。{wait}待ってから、もう一度コードをリクエストしてください。",
        K::LimitExceededUntil => "試行回数が多すぎます。{clock}以降に新しいコードをリクエストできます。",
        K::DailyEmailLimit => "本日はこれ以上メールでコードを送信できません。明日もう一度お試しいただくか、サポートにお問い合わせください。",
        K::NotAuthorized => "このアカウントは現在コードを受け取れません。サポートにお問い合わせください。",
        K::OperationNotEnabled => "ここではコードを再送信できません。サポートにお問い合わせください。",
        K::ResourceNotFound => "この登録フォームは正しく設定されていません。サポートにお問い合わせください。",
        K::TooManyRequests => "現在リクエストが集中しています。数秒待ってから、もう一度お試しください。",
        K::InvalidLambdaResponse => "コードのメッセージを作成できませんでした。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::UnexpectedLambda => "登録手続きの一部がこちら側で失敗しました。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。",
        K::UserLambdaValidation => "新しいコードのリクエストは受け付けられませんでした。サポートにお問い合わせください。",
        K::UserNotFound => "このユーザー名のアカウントが見つかりませんでした。ユーザー名を確認するか、もう一度登録してください。",
        K::UnknownError => "問題が発生しました。しばらくしてからもう一度お試しください。",
        K::Offline => "オフラインです。インターネットに接続して、もう一度お試しください。",
        K::Network => "サーバーに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。",
        K::CorsRefused => "このページには登録サービスへのアクセスが許可されていません。サポートにお問い合わせください。",
        K::Timeout => "サーバーの応答に時間がかかりすぎました。もう一度お試しください。",
        K::UnexpectedResponse => "サーバーから予期しない応答がありました。しばらくしてからもう一度お試しください。",
        K::InvalidUsername => "このユーザー名は無効です。確認して、もう一度お試しください。",
        K::Misconfigured => "この登録フォームは正しく設定されていません。サポートにお問い合わせください。",
        K::HelpText => "届きませんか？迷惑メールフォルダを確認し、1～2分お待ちください。有効なのは最新のコードだけです。",
        K::ChangeDestination => "メールアドレスまたは電話番号を変更",
        K::Second => "{n}秒",
        K::Seconds => "{n}秒",
        K::Minute => "{n}分",
        K::Minutes => "{n}分",
        K::MinutesAndSeconds => "{minutes}{seconds}",
    }
}
