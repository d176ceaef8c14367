import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/db.ts', code: 'import Database from "better-sqlite3";\nimport { Pool } from "pg";\n\nexport const db = process.env.NODE_ENV === "production"\n  ? new Pool({ connectionString: process.env.DATABASE_URL })\n  : new Database("dev.sqlite");\n' },
    { file: 'src/cache.js', code: 'const { createClient } = require("redis");\n\nlet cache;\nif (process.env.NODE_ENV !== "production") {\n  cache = new Map();\n} else {\n  cache = createClient({ url: process.env.REDIS_URL });\n}\nmodule.exports = cache;\n' },
    { file: 'src/data-source.ts', code: 'import { DataSource } from "typeorm";\n\nexport const AppDataSource = process.env.NODE_ENV === "development"\n  ? new DataSource({ type: "sqlite", database: "dev.db" })\n  : new DataSource({ type: "postgres", url: process.env.DATABASE_URL });\n' },
    { file: 'mysite/settings.py', code: 'import os\n\nDEBUG = os.environ.get("DEBUG") == "1"\n\nif DEBUG:\n    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}\nelse:\n    DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ["DB_NAME"]}}\n' },
    { file: 'app/db.py', code: 'import os\nimport sqlite3\nimport psycopg2\n\ndef connect():\n    if os.environ.get("APP_ENV") == "production":\n        return psycopg2.connect(os.environ["DATABASE_URL"])\n    return sqlite3.connect("dev.db")\n' },
    { file: 'internal/store/open.go', code: 'package store\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\nfunc Open() (*sql.DB, error) {\n\tif os.Getenv("APP_ENV") == "production" {\n\t\treturn sql.Open("postgres", os.Getenv("DATABASE_URL"))\n\t} else {\n\t\treturn sql.Open("sqlite3", "dev.db")\n\t}\n}\n' },
    { file: 'src/Api/Program.cs', code: 'var builder = WebApplication.CreateBuilder(args);\nif (builder.Environment.IsDevelopment())\n{\n    builder.Services.AddDbContext<AppDb>(o => o.UseSqlite("Data Source=app.db"));\n}\nelse\n{\n    builder.Services.AddDbContext<AppDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Db")));\n}\n' },
    { file: 'config/application.rb', code: 'module Shop\n  class Application < Rails::Application\n    if Rails.env.production?\n      config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }\n    else\n      config.cache_store = :memory_store\n    end\n  end\nend\n' },
    { file: 'config/database.yml', code: 'default: &default\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n  timeout: 5000\n\ndevelopment:\n  <<: *default\n  adapter: sqlite3\n  database: db/development.sqlite3\n\nproduction:\n  <<: *default\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n' },
    { file: 'config/database.yml', code: 'default: &default\n  adapter: mysql2\n  encoding: utf8mb4\n\ndevelopment:\n  adapter: sqlite3\n  database: storage/development.sqlite3\n\nproduction:\n  <<: *default\n  database: shop_production\n' },
    { file: 'src/main/resources/application.yml', code: 'spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  datasource:\n    url: jdbc:h2:mem:app;DB_CLOSE_DELAY=-1\n' },
    { file: 'src/main/resources/application.properties', code: 'spring.application.name=orders\nspring.datasource.url=jdbc:mysql://${DB_HOST}:3306/orders\n#---\nspring.config.activate.on-profile=local\nspring.datasource.url=jdbc:h2:file:./data/orders\n' },
  ],
  valid: [
    { file: 'src/db.ts', code: 'import { Pool } from "pg";\n\nexport const db = new Pool({\n  connectionString: process.env.DATABASE_URL,\n  ssl: process.env.NODE_ENV === "production" ? { rejectUnauthorized: true } : false,\n});\n' },
    { file: 'src/cache.js', code: 'const { createClient } = require("redis");\nconst client = createClient({ url: process.env.REDIS_URL });\nconst local = new Map();\nif (process.env.NODE_ENV !== "production") console.log("redis at", process.env.REDIS_URL);\n' },
    { file: 'mysite/settings.py', code: 'import dj_database_url\n\nDATABASES = {"default": dj_database_url.config(default="sqlite:///db.sqlite3")}\nif DEBUG:\n    INSTALLED_APPS += ["debug_toolbar"]\n' },
    { file: 'app/db.py', code: 'import os\nimport sqlite3\n\n# if APP_ENV == "production" we would use psycopg2.connect(...)\ndef connect():\n    return sqlite3.connect(os.environ.get("DB_PATH", "app.db"))\n' },
    { file: 'internal/store/open.go', code: 'package store\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\nfunc Open() (*sql.DB, error) {\n\tif os.Getenv("APP_ENV") == "production" {\n\t\treturn sql.Open("postgres", os.Getenv("DATABASE_URL"))\n\t}\n\treturn sql.Open("postgres", "postgres://localhost/dev")\n}\n' },
    { file: 'src/Api/Program.cs', code: 'if (builder.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\nbuilder.Services.AddDbContext<AppDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Db")));\n' },
    { file: 'config/application.rb', code: 'module Shop\n  class Application < Rails::Application\n    config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }\n    config.log_level = Rails.env.production? ? :info : :debug\n  end\nend\n' },
    { file: 'config/database.yml', code: 'default: &default\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n\ndevelopment:\n  <<: *default\n  database: shop_development\n\nproduction:\n  <<: *default\n' },
    { file: 'config/database.yml', code: 'development:\n  adapter: sqlite3\n  database: storage/development.sqlite3\n\ntest:\n  adapter: sqlite3\n  database: storage/test.sqlite3\n\nproduction:\n  adapter: sqlite3\n  database: storage/production.sqlite3\n' },
    { file: 'src/main/resources/application.yml', code: 'spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n---\nspring:\n  config:\n    activate:\n      on-profile: test\n  datasource:\n    url: jdbc:h2:mem:test\n' },
    { file: 'src/main/resources/application-dev.properties', code: 'spring.datasource.url=jdbc:h2:mem:app\nspring.h2.console.enabled=true\n' },
    { file: 'src/test/resources/application.properties', code: 'spring.datasource.url=jdbc:h2:mem:test\n#---\nspring.config.activate.on-profile=prod\nspring.datasource.url=jdbc:postgresql://db/app\n' },
  ],
};
