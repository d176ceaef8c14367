using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Acme.Notifications;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public string From { get; set; } = "";
}

public sealed class EmailSender(IOptions<SmtpOptions> options, ILogger<EmailSender> logger)
{
    private readonly SmtpOptions _smtp = options.Value;

    public async Task SendAsync(string to, string subject, string body)
    {
        using var client = new SmtpClient(_smtp.Host, _smtp.Port) { EnableSsl = true };
        using var mail = new MailMessage(_smtp.From, to, subject, body);
        await client.SendMailAsync(mail);
        logger.LogInformation("Sent {Subject} to {Recipient}", subject, to);
    }
}
