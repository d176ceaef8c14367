# Puma serves the storefront; Sidekiq runs as its own process (see Procfile).
max_threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }
min_threads_count = ENV.fetch("RAILS_MIN_THREADS") { max_threads_count }
threads min_threads_count, max_threads_count

workers ENV.fetch("WEB_CONCURRENCY") { 2 }
preload_app!

port 3000

environment ENV.fetch("RAILS_ENV") { "development" }

plugin :tmp_restart
