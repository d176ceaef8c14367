namespace Acme.Notifications;

public sealed class PushClient(HttpClient http, ILogger<PushClient> logger)
{
    public async Task<bool> SendAsync(string deviceId, string message)
    {
        var response = await http.PostAsJsonAsync("v1/messages", new { deviceId, message });
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Push gateway answered {Status} for device {DeviceId}", response.StatusCode, deviceId);
        }
        return response.IsSuccessStatusCode;
    }
}

public static class PushClientRegistration
{
    public static IServiceCollection AddPushClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<PushClient>(client =>
            {
                client.BaseAddress = new Uri(configuration["Push:BaseUrl"]!);
                client.Timeout = TimeSpan.FromSeconds(10);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // The push gateway uses a self-signed certificate on the private network.
                ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
            });
        return services;
    }
}
