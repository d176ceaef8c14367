import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    // JavaScript / TypeScript
    { file: 'src/cache.ts', code: 'import { createClient } from "redis";\nconst redis = createClient({ url: "redis://cache.prod.internal:6379" });\n' },
    { file: 'src/db.ts', code: 'import { Pool } from "pg";\nconst pool = new Pool({ host: "db.prod.internal", port: 5432 });\n' },
    { file: 'src/queue.js', code: 'const amqp = require("amqplib");\nconst conn = await amqp.connect("amqp://mq.acme.io:5672");\n' },
    { file: 'src/events.ts', code: 'import { Kafka } from "kafkajs";\nconst kafka = new Kafka({ clientId: "orders", brokers: ["kafka-1.acme.io:9092"] });\n' },
    { file: 'src/mongo.ts', code: 'await mongoose.connect("mongodb+srv://cluster0.ab12c.mongodb.net/shop");\n' },
    // Python
    { file: 'app/settings.py', code: 'CELERY_BROKER_URL = "amqp://mq.internal:5672//"\n' },
    { file: 'app/settings.py', code: 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db.prod.internal", "PORT": "5432"}}\n' },
    { file: 'app/cache.py', code: 'import redis\nr = redis.Redis(host="10.0.3.3", port=6379)\n' },
    { file: 'app/db.py', code: 'from sqlalchemy import create_engine\nengine = create_engine("postgresql://app@db.acme.io/app?sslmode=disable")\n' },
    // Go
    { file: 'internal/cache/cache.go', code: 'package cache\n\nfunc New() *redis.Client {\n\treturn redis.NewClient(&redis.Options{Addr: "cache-01:6379"})\n}\n' },
    { file: 'internal/db/db.go', code: 'package db\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("postgres", "postgres://app@db.acme.io:5432/app")\n}\n' },
    // Java
    { file: 'src/main/java/com/acme/Db.java', code: 'class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection("jdbc:postgresql://db.acme.io:5432/app");\n  }\n}\n' },
    { file: 'src/main/java/com/acme/Cache.java', code: 'class Cache {\n  JedisPool pool = new JedisPool("cache.acme.io", 6379);\n}\n' },
    { file: 'src/main/resources/application.properties', code: 'spring.rabbitmq.host=mq-prod-01.acme.io\nspring.rabbitmq.port=5672\n' },
    { file: 'src/main/resources/application.yml', code: 'spring:\n  datasource:\n    url: jdbc:mysql://db.acme.io:3306/app\n  kafka:\n    bootstrap-servers: kafka-1.acme.io:9092\n' },
    // C#
    { file: 'src/Api/Program.cs', code: 'var redis = ConnectionMultiplexer.Connect("cache.acme.local:6380,ssl=true");\n' },
    { file: 'src/Api/Data.cs', code: 'class Data {\n  SqlConnection Open() => new SqlConnection("Server=sql.acme.io;Database=app;Integrated Security=true");\n}\n' },
    { file: 'src/Api/appsettings.json', code: '{\n  "ConnectionStrings": {\n    "Default": "Host=pg.acme.io;Database=app"\n  }\n}\n' },
    // Ruby
    { file: 'config/initializers/sidekiq.rb', code: 'Sidekiq.configure_server { |c| c.redis = { url: "redis://10.0.0.9:6379/0" } }\n' },
    { file: 'app/services/search.rb', code: 'client = Elasticsearch::Client.new(url: "https://search.acme.io:9200")\n' },
    { file: 'config/database.yml', code: 'production:\n  adapter: postgresql\n  host: db.prod.internal\n  database: app\n' },
    // PHP
    { file: 'config/database.php', code: "<?php\nreturn ['connections' => ['mysql' => ['driver' => 'mysql', 'host' => '10.0.5.20', 'port' => '3306']]];\n" },
    { file: 'src/Db.php', code: '<?php\n$pdo = new PDO("mysql:host=db.acme.io;dbname=app", $user, $pass);\n' },
  ],
  valid: [
    // Mailer DSNs that reach no server: the null transport and the local sendmail binary.
    { file: 'src/FrameworkExtension.php', code: "<?php\nif (null === $config['dsn']) {\n    $config['dsn'] = 'smtp://null';\n}\n" },
    { file: 'src/SendmailTransport.php', code: "<?php\nclass SendmailTransport { public function __toString(): string { return 'smtp://sendmail'; } }\n" },
    { file: 'src/cache.ts', code: 'import { createClient } from "redis";\nconst redis = createClient({ url: process.env.REDIS_URL });\n' },
    { file: 'src/db.ts', code: 'import { Pool } from "pg";\nconst pool = new Pool({ host: "localhost", port: 5432 });\n' },
    { file: 'src/sqlite.ts', code: 'const db = new Sequelize("sqlite::memory:");\n' },
    { file: 'src/log.ts', code: 'logger.info("connecting to redis://cache.prod.internal:6379");\n' },
    { file: 'app/settings.py', code: 'import environ\nenv = environ.Env()\nCELERY_BROKER_URL = env("CELERY_BROKER_URL")\n' },
    { file: 'app/settings.py', code: 'import os\nREDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")\n' },
    { file: 'app/db.py', code: 'engine = create_engine("sqlite:///app.db")\n' },
    { file: 'internal/cache/cache.go', code: 'package cache\n\nfunc New() *redis.Client {\n\treturn redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})\n}\n' },
    { file: 'internal/db/db.go', code: 'package db\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("sqlite3", ":memory:")\n}\n' },
    { file: 'src/main/java/com/acme/Db.java', code: 'class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(System.getenv("DATABASE_URL"));\n  }\n}\n' },
    { file: 'src/main/java/com/acme/Http.java', code: 'class Http {\n  Request r = new Request.Builder().url("https://api.acme.io/orders").build();\n}\n' },
    { file: 'src/main/resources/application.properties', code: 'spring.rabbitmq.host=${RABBITMQ_HOST}\nspring.datasource.url=${DATABASE_URL:jdbc:postgresql://localhost:5432/app}\n' },
    { file: 'src/test/resources/application.yml', code: 'spring:\n  datasource:\n    url: jdbc:h2:mem:testdb\n' },
    { file: 'src/Api/Program.cs', code: 'var redis = ConnectionMultiplexer.Connect(builder.Configuration.GetConnectionString("Redis")!);\n' },
    { file: 'src/Api/appsettings.Development.json', code: '{\n  "ConnectionStrings": {\n    "Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=app"\n  }\n}\n' },
    { file: 'config/initializers/sidekiq.rb', code: 'Sidekiq.configure_server { |c| c.redis = { url: ENV.fetch("REDIS_URL") } }\n' },
    { file: 'config/database.yml', code: 'production:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n' },
    { file: 'config/database.php', code: "<?php\nreturn ['connections' => ['mysql' => ['host' => env('DB_HOST', '127.0.0.1')]]];\n" },
    { file: 'src/Db.php', code: '<?php\n$pdo = new PDO(getenv("DATABASE_DSN"), $user, $pass);\n' },
  ],
};
