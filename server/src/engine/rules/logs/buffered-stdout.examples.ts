import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "worker.py"]\n' },
    {
      file: 'services/api/Dockerfile',
      code: 'FROM python:3.12 AS build\nRUN pip wheel -r requirements.txt -w /wheels\n\nFROM gcr.io/distroless/python3\nCOPY --from=build /wheels /wheels\nENTRYPOINT ["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi:application"]\n',
    },
    { file: 'docker/worker.Dockerfile', code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y python3 python3-pip\nCMD exec celery -A tasks worker --loglevel=INFO\n' },
    { file: 'Dockerfile', code: 'FROM python:3.11-alpine\nENV PYTHONDONTWRITEBYTECODE=1\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { file: 'bin/worker.rb', code: '#!/usr/bin/env ruby\n# frozen_string_literal: true\n\nrequire_relative "../config/environment"\n\nloop do\n  job = Job.next_pending\n  puts "processing job #{job.id}"\n  job.perform\n  sleep 1\nend\n' },
    { file: 'script/backfill_orders.rb', code: 'Order.where(total: nil).find_each do |order|\n  order.recalculate!\n  print "."\nend\n' },
    { file: 'tools/poller.rb', code: '#!/usr/bin/ruby\nwhile true\n  $stdout.write("tick\\n")\n  sleep 5\nend\n' },
    { file: 'docker-compose.yml', code: 'services:\n  worker:\n    image: python:3.12-slim\n    working_dir: /app\n    volumes:\n      - .:/app\n    command: python worker.py\n    environment:\n      REDIS_URL: redis://redis:6379/0\n' },
    { file: 'compose.yaml', code: 'services:\n  api:\n    image: python:3.11\n    command: ["sh", "-c", "pip install -r requirements.txt && gunicorn -b 0.0.0.0:8000 app:app"]\n' },
    { file: 'k8s/worker.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: python:3.12-slim\n          command: ["python", "/scripts/worker.py"]\n          env:\n            - name: QUEUE\n              value: jobs\n' },
  ],
  valid: [
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 \\\n    PYTHONDONTWRITEBYTECODE=1\nCOPY . /app\nCMD ["python", "worker.py"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "-u", "worker.py"]\n' },
    { file: 'services/web/Dockerfile', code: 'FROM python:3.12 AS build\nRUN pip wheel -r requirements.txt -w /wheels\n\nFROM node:20-alpine\nCOPY --from=build /wheels /wheels\nCMD ["node", "server.js"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim AS base\nENV PYTHONUNBUFFERED=true\n\nFROM base\nCOPY . /app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' },
      { file: 'bin/worker.rb', code: '#!/usr/bin/env ruby\n$stdout.sync = true\n\nloop do\n  puts "tick"\n  sleep 1\nend\n' },
    { file: 'script/report.rb', code: 'STDOUT.sync = true\nUser.find_each { |u| puts u.email }\n' },
    { file: 'bin/import', code: '#!/usr/bin/env ruby\nrows.each do |row|\n  puts row\n  $stdout.flush\nend\n' },
    { file: 'app/jobs/cleanup_job.rb', code: 'class CleanupJob < ApplicationJob\n  def perform\n    Upload.stale.find_each { |u| puts u.id }\n  end\nend\n' },
    { file: 'lib/tasks/report.rb', code: 'Report.all.each do |r|\n  puts r.name\nend\n' },
    { file: 'bin/setup', code: '#!/usr/bin/env ruby\nrequire "fileutils"\n\nFileUtils.chdir APP_ROOT do\n  puts "== Installing dependencies =="\n  %w[a b].each { |s| puts s }\nend\n' },
    { file: 'bin/once.rb', code: '#!/usr/bin/env ruby\nputs "starting"\nrun_migration\nputs "done"\n' },
    { file: 'docker-compose.yml', code: 'services:\n  worker:\n    image: python:3.12-slim\n    command: python worker.py\n    environment:\n      PYTHONUNBUFFERED: "1"\n' },
    { file: 'docker-compose.yml', code: 'services:\n  api:\n    build: .\n    command: gunicorn app:app\n  worker:\n    image: acme/worker:2.1\n    command: celery -A tasks worker\n  shell:\n    image: python:3.12\n    command: ["python", "-u", "consume.py"]\n' },
    { file: 'compose.yaml', code: 'services:\n  worker:\n    image: python:3.12\n    command: python worker.py\n    env_file: .env\n  db:\n    image: postgres:16\n' },
    { file: 'k8s/worker.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: python:3.12-slim\n          command: ["python", "/scripts/worker.py"]\n          env:\n            - name: PYTHONUNBUFFERED\n              value: "1"\n' },
    { file: 'k8s/api.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.0\n          args: ["gunicorn", "app:app"]\n' },
  ],
};
