using Acme.Notifications;
using Microsoft.EntityFrameworkCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .WriteTo.Console()
    .WriteTo.File("logs/notifications-.log", rollingInterval: RollingInterval.Day));

builder.Services.AddDbContext<NotificationsDb>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Notifications")));
builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
builder.Services.AddSingleton<EmailSender>();
builder.Services.AddPushClient(builder.Configuration);
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
    policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

app.UseDeveloperExceptionPage();
if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseSerilogRequestLogging();
app.UseCors();

app.MapPost("/notifications/email", async (EmailRequest request, EmailSender sender) =>
{
    await sender.SendAsync(request.To, request.Subject, request.Body);
    return Results.Accepted();
});
app.MapPost("/notifications/push", async (PushRequest request, PushClient push) =>
    await push.SendAsync(request.DeviceId, request.Message) ? Results.Accepted() : Results.StatusCode(502));
app.MapGet("/healthz", () => Results.Ok());

app.Run("http://localhost:5000");

record EmailRequest(string To, string Subject, string Body);
record PushRequest(string DeviceId, string Message);
