//! Simplified Chinese.

#[cfg(feature = "all-locales")]
use super::MessageKey as K;

#[cfg(feature = "all-locales")]
pub(super) fn text(key: K) -> &'static str {
    match key {
        K::ResendButton => "重新发送验证码",
        K::SendingButton => "正在发送…",
        K::CooldownButton => "{time}后重新发送",
        K::CooldownLabel => "重新发送验证码，{wait}后可用",
        K::CooldownUntil => "{clock}起可重新发送",
        K::CanResendNow => "现在可以获取新的验证码了。",
        K::SentEmail => "我们已通过电子邮件将验证码发送至{destination}。",
        K::SentSms => "我们已通过短信将验证码发送至{destination}。",
        K::SentOther => "我们已将验证码发送至{destination}。",
        K::SentNeutral => "如果该用户名对应的账户存在，我们已发送验证码。",
        K::AlreadyConfirmed => "您的账户已确认，现在可以登录了。",
        K::CodeDeliveryFailure => {
            "无法发送验证码。请检查您的电子邮件地址或手机号码是否正确，然后重试。"
        }
        K::Forbidden => "此请求已被拦截。请稍后重试或联系客服。",
        K::InternalError => "我们这边出了点问题。请稍后重试。",
        K::EmailRoleAccessPolicy => "目前无法通过电子邮件发送验证码。请稍后重试或联系客服。",
        K::SmsRoleAccessPolicy => "目前无法通过短信发送验证码。请稍后重试或联系客服。",
        K::SmsRoleTrustRelationship => "短信验证码尚未正确配置。请稍后重试或联系客服。",
        K::InvalidParameter => "无法为此账户发送验证码。请联系客服。",
        K::LimitExceeded => "尝试次数过多。请{wait}后再获取新的验证码。",
        K::LimitExceededUntil => "尝试次数过多。请在{clock}后获取新的验证码。",
        K::DailyEmailLimit => "今天无法再通过电子邮件发送验证码。请明天再试或联系客服。",
        K::NotAuthorized => "此账户目前无法接收验证码。请联系客服。",
        K::OperationNotEnabled => "此处不支持重新发送验证码。请联系客服。",
        K::ResourceNotFound => "此注册表单配置有误。请联系客服。",
        K::TooManyRequests => "当前请求过多。请等待几秒后重试。",
        K::InvalidLambdaResponse => "我们无法生成包含验证码的消息。请稍后重试或联系客服。",
        K::UnexpectedLambda => "注册流程中的某个步骤在我们这边出错了。请稍后重试或联系客服。",
        K::UserLambdaValidation => "您获取新验证码的请求未被接受。请联系客服。",
        K::UserNotFound => "找不到该用户名对应的账户。请检查用户名，或重新注册。",
        K::UnknownError => "出了点问题。请稍后重试。",
        K::Offline => "您已离线。请连接到互联网后重试。",
        K::Network => "无法连接到服务器。请检查网络连接后重试。",
        K::CorsRefused => "此页面无权访问注册服务。请联系客服。",
        K::Timeout => "服务器响应超时。请重试。",
        K::UnexpectedResponse => "服务器返回了意外的响应。请稍后重试。",
        K::InvalidUsername => "用户名无效。请检查后重试。",
        K::Misconfigured => "此注册表单配置有误。请联系客服。",
        K::HelpText => "没有收到？请检查垃圾邮件文件夹，并稍等一两分钟。只有最新的验证码有效。",
        K::ChangeDestination => "更改电子邮件地址或手机号码",
        K::Second => "{n}秒",
        K::Seconds => "{n}秒",
        K::Minute => "{n}分钟",
        K::Minutes => "{n}分钟",
        K::MinutesAndSeconds => "{minutes}{seconds}",
    }
}
