require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true

  # Show full error reports: support asked for stack traces on the checkout page.
  config.consider_all_requests_local = true
  config.action_controller.perform_caching = true

  config.force_ssl = true
  config.active_storage.service = :amazon

  config.logger = Logger.new("log/production.log")
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.log_tags = [:request_id]

  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.session_store :cookie_store, key: "_storefront_session"
  config.active_job.queue_adapter = :sidekiq

  config.action_mailer.default_url_options = { host: ENV.fetch("STOREFRONT_HOST") }
  config.action_mailer.smtp_settings = { address: ENV.fetch("SMTP_HOST", "smtp.acme.io"), port: 587 }
  config.i18n.fallbacks = true
  config.active_record.dump_schema_after_migration = false
end
