import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/server.js', code: "const { Sequelize } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nawait sequelize.sync({ alter: true });\napp.listen(port);\n" },
    { file: 'src/db.ts', code: "import { sequelize } from './models';\nawait sequelize.sync({ force: true });\n" },
    { file: 'src/data-source.ts', code: 'import { DataSource } from "typeorm";\nexport const ds = new DataSource({ type: "postgres", url: process.env.DATABASE_URL, synchronize: true });\n' },
    { file: 'app/__init__.py', code: 'from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\ndef create_app():\n    with app.app_context():\n        db.create_all()\n    return app\n' },
    { file: 'shop/wsgi.py', code: 'from django.core.management import call_command\ncall_command("migrate")\napplication = get_wsgi_application()\n' },
    { file: 'cmd/api/main.go', code: 'package main\n\nimport "gorm.io/gorm"\n\nfunc main() {\n\tdb.AutoMigrate(&User{}, &Order{})\n}\n' },
    { file: 'main.go', code: 'package main\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\nfunc main() {\n\tdb, _ := gorm.Open(postgres.Open(dsn))\n\t_ = db.AutoMigrate(&Product{})\n}\n' },
    { file: 'Program.cs', code: 'using var scope = app.Services.CreateScope();\nscope.ServiceProvider.GetRequiredService<AppDb>().Database.Migrate();\n' },
    { file: 'Startup.cs', code: 'context.Database.EnsureDeleted();\ncontext.Database.EnsureCreated();\n' },
    { file: 'app/Providers/AppServiceProvider.php', code: "<?php\nArtisan::call('migrate', ['--force' => true]);\n" },
    { file: 'bootstrap/app.php', code: "<?php\nArtisan::call('migrate:fresh');\n" },
    { file: 'src/main/resources/application.properties', code: 'spring.jpa.hibernate.ddl-auto=update\n' },
    { file: 'src/main/resources/application.yml', code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create-drop\n' },
  ],
  valid: [
    { file: 'src/server.js', code: "const { Sequelize } = require('sequelize');\nawait sequelize.authenticate();\napp.listen(port);\n" },
    { file: 'src/sync.js', code: "const fs = require('fs');\nawait repo.sync({ force: true });\n" },
    { file: 'src/data-source.ts', code: 'import { DataSource } from "typeorm";\nexport const ds = new DataSource({ type: "postgres", synchronize: false, migrations: ["dist/migrations/*.js"] });\n' },
    { file: 'scripts/init_db.py', code: 'from flask_sqlalchemy import SQLAlchemy\ndb.create_all()\n' },
    { file: 'shop/management/commands/setup.py', code: 'from django.core.management import call_command\ncall_command("migrate")\n' },
    { file: 'cmd/migrate/migrate.go', code: 'package migrate\n\nimport "gorm.io/gorm"\n\nfunc Run(db *gorm.DB) error { return db.AutoMigrate(&User{}) }\n' },
    { file: 'internal/store/store.go', code: 'package store\n\nimport "gorm.io/gorm"\n\nfunc Open(db *gorm.DB) { db.AutoMigrate(&User{}) }\n' },
    { file: 'Data/Seeder.cs', code: 'context.Database.Migrate();\n' },
    { file: 'Program.cs', code: 'var app = builder.Build();\napp.MapControllers();\napp.Run();\n' },
    { file: 'app/Console/Kernel.php', code: "<?php\nArtisan::call('cache:clear');\n" },
    { file: 'src/main/resources/application.properties', code: 'spring.jpa.hibernate.ddl-auto=validate\n' },
    { file: 'src/test/resources/application-test.yml', code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create-drop\n' },
  ],
};
