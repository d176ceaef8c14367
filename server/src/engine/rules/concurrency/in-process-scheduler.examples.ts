import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/server.ts', code: 'import express from "express";\nimport cron from "node-cron";\n\nconst app = express();\ncron.schedule("*/5 * * * *", syncInvoices);\napp.listen(Number(process.env.PORT ?? 3000));\n' },
    { file: 'src/index.js', code: 'const express = require("express");\nconst { CronJob } = require("cron");\nconst app = express();\nnew CronJob("0 * * * *", sendReminders, null, true);\napp.listen(process.env.PORT);\n' },
    { file: 'src/app.js', code: 'const express = require("express");\nconst schedule = require("node-schedule");\nconst app = express();\nschedule.scheduleJob("0 3 * * *", purgeSessions);\nmodule.exports = app.listen(process.env.PORT);\n' },
    { file: 'app/__init__.py', code: 'from apscheduler.schedulers.background import BackgroundScheduler\nfrom flask import Flask\n\napp = Flask(__name__)\nscheduler = BackgroundScheduler()\nscheduler.add_job(sync_invoices, "interval", minutes=5)\nscheduler.start()\n' },
    { file: 'main.py', code: 'from apscheduler.schedulers.asyncio import AsyncIOScheduler\nfrom fastapi import FastAPI\n\napp = FastAPI()\nsched = AsyncIOScheduler()\n\n@app.on_event("startup")\nasync def start():\n    sched.add_job(refresh_cache, "cron", minute="*/10")\n    sched.start()\n' },
    { file: 'src/main/java/com/acme/billing/InvoiceJobs.java', code: 'import org.springframework.scheduling.annotation.Scheduled;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class InvoiceJobs {\n    @Scheduled(fixedRate = 60000)\n    public void syncInvoices() { }\n}\n' },
    { file: 'src/main/java/com/acme/Reminders.java', code: 'import org.springframework.scheduling.annotation.Scheduled;\n\npublic class Reminders {\n    @Scheduled(cron = "0 0 9 * * *")\n    void send() { }\n}\n' },
    { file: 'main.go', code: 'package main\n\nimport (\n\t"net/http"\n\t"os"\n\t"time"\n)\n\nfunc main() {\n\tgo func() {\n\t\tticker := time.NewTicker(time.Minute)\n\t\tfor range ticker.C {\n\t\t\tpurgeExpired()\n\t\t}\n\t}()\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n' },
    { file: 'cmd/web/main.go', code: 'package main\n\nimport (\n\t"net/http"\n\t"time"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: addr()}\n\tgo func() {\n\t\tfor range time.Tick(5 * time.Minute) {\n\t\t\trefresh()\n\t\t}\n\t}()\n\tsrv.ListenAndServe()\n}\n' },
    { file: 'config/initializers/scheduler.rb', code: 'require "rufus-scheduler"\n\nscheduler = Rufus::Scheduler.singleton\nscheduler.every "1h" do\n  Report.refresh!\nend\n' },
    { file: 'config/initializers/jobs.rb', code: 'scheduler = Rufus::Scheduler.new\nscheduler.cron "0 3 * * *" do\n  Session.purge_expired\nend\n' },
    { file: 'Program.cs', code: 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHostedService<CleanupJob>();\nvar app = builder.Build();\napp.Run();\n\nclass CleanupJob : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken ct)\n    {\n        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));\n        while (await timer.WaitForNextTickAsync(ct)) Cleanup();\n    }\n}\n' },
    { file: 'Api/Program.cs', code: 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHostedService<ReportJob>();\nvar app = builder.Build();\nawait app.RunAsync();\n\nsealed class ReportJob : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken token)\n    {\n        var timer = new PeriodicTimer(TimeSpan.FromHours(1));\n        while (await timer.WaitForNextTickAsync(token)) await Send();\n    }\n}\n' },
  ],
  valid: [
    { file: 'src/worker.ts', code: 'import cron from "node-cron";\n\ncron.schedule("*/5 * * * *", syncInvoices);\n' },
    { file: 'src/server.ts', code: 'import express from "express";\nconst app = express();\nsetInterval(refreshCache, 60_000);\napp.listen(Number(process.env.PORT ?? 3000));\n' },
    { file: 'src/server.js', code: 'const express = require("express");\nconst app = express();\nconst schedule = { open: "09:00" };\napp.listen(process.env.PORT);\n' },
    { file: 'clock.py', code: 'from apscheduler.schedulers.blocking import BlockingScheduler\n\nsched = BlockingScheduler()\nsched.add_job(sync_invoices, "interval", minutes=5)\nsched.start()\n' },
    { file: 'app/__init__.py', code: 'from flask import Flask\nfrom app.tasks import celery\n\napp = Flask(__name__)\ncelery.conf.beat_schedule = {}\n' },
    { file: 'src/main/java/com/acme/InvoiceJobs.java', code: 'import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;\nimport org.springframework.scheduling.annotation.Scheduled;\n\npublic class InvoiceJobs {\n    @Scheduled(fixedRate = 60000)\n    @SchedulerLock(name = "syncInvoices")\n    public void syncInvoices() { }\n}\n' },
    { file: 'src/main/java/com/acme/Api.java', code: 'import org.springframework.web.bind.annotation.RestController;\n\n@RestController\npublic class Api {\n    // @Scheduled jobs live in the worker module\n}\n' },
    { file: 'cmd/worker/main.go', code: 'package main\n\nimport "time"\n\nfunc main() {\n\tticker := time.NewTicker(time.Minute)\n\tfor range ticker.C {\n\t\tpurgeExpired()\n\t}\n}\n' },
    { file: 'main.go', code: 'package main\n\nimport (\n\t"net/http"\n\t"time"\n)\n\nfunc main() {\n\tclient := &http.Client{Timeout: 5 * time.Second}\n\t_ = client\n\thttp.ListenAndServe(addr(), nil)\n}\n' },
    { file: 'lib/clock.rb', code: 'require "rufus-scheduler"\nscheduler = Rufus::Scheduler.new\nscheduler.every("1h") { Report.refresh! }\nscheduler.join\n' },
    { file: 'config/initializers/cors.rb', code: 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow { origins "*" }\nend\n' },
    { file: 'Worker/Program.cs', code: 'var builder = Host.CreateApplicationBuilder(args);\nbuilder.Services.AddHostedService<CleanupJob>();\nbuilder.Build().Run();\n\nclass CleanupJob : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken ct)\n    {\n        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));\n        while (await timer.WaitForNextTickAsync(ct)) Cleanup();\n    }\n}\n' },
    { file: 'Program.cs', code: 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHostedService<QueueListener>();\nvar app = builder.Build();\napp.Run();\n' },
  ],
};
