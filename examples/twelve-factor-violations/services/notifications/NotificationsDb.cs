using Microsoft.EntityFrameworkCore;

namespace Acme.Notifications;

public sealed class NotificationsDb(DbContextOptions<NotificationsDb> options) : DbContext(options)
{
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
}

public sealed class DeliveryAttempt
{
    public long Id { get; set; }
    public string Channel { get; set; } = "";
    public string Recipient { get; set; } = "";
    public DateTimeOffset AttemptedAt { get; set; }
    public bool Delivered { get; set; }
}
