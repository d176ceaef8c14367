import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nRUN python manage.py collectstatic --noinput && python manage.py migrate --noinput\nCMD ["gunicorn", "app.wsgi"]\n' },
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npx prisma generate\nRUN npx prisma migrate deploy\nCMD ["node", "dist/main.js"]\n' },
    { file: 'Dockerfile', code: 'FROM ruby:3.3\nCOPY . /app\nRUN bundle install\nRUN RAILS_ENV=production bundle exec rake db:migrate db:seed\n' },
    { file: 'docker/php/Dockerfile', code: 'FROM php:8.3-fpm\nCOPY . /var/www\nRUN composer install --no-dev \\\n && php artisan migrate --force\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12\nCOPY . .\nRUN ["flask", "db", "upgrade"]\n' },
    { file: 'Dockerfile', code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet tool install --global dotnet-ef && dotnet ef database update\n' },
    { file: 'Dockerfile', code: 'FROM node:20\nCOPY . .\nRUN npm run migrate\n' },
    { file: 'Dockerfile', code: 'FROM golang:1.22\nCOPY . .\nRUN migrate -path ./migrations -database "$DATABASE_URL" up\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12 AS base\nRUN python -m alembic upgrade head\nFROM base\nCMD ["python", "app.py"]\n' },
  ],
  valid: [
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nCOPY . .\nRUN python manage.py collectstatic --noinput\nRUN python manage.py makemigrations --check --dry-run\nCMD ["gunicorn", "app.wsgi"]\n' },
    { file: 'Dockerfile', code: 'FROM node:20-alpine\nCOPY . .\nRUN npm ci && npx prisma generate\nCMD ["sh", "-c", "npx prisma migrate deploy && exec node dist/main.js"]\n' },
    { file: 'Dockerfile', code: 'FROM ruby:3.3\nCOPY . /app\nRUN SECRET_KEY_BASE_DUMMY=1 bin/rails assets:precompile\n# RUN bin/rails db:migrate -- done by the release phase\n' },
    { file: 'Dockerfile', code: 'FROM node:20\nRUN echo "run npm run migrate before starting" > /NOTES\nRUN npm run build\n' },
    { file: 'Dockerfile', code: 'FROM golang:1.22\nRUN go install github.com/golang-migrate/migrate/v4/cmd/migrate@latest\nRUN go build -o /app ./cmd/api\n' },
    { file: 'Dockerfile', code: 'FROM php:8.3-fpm\nRUN php artisan config:cache && php artisan route:cache\n' },
  ],
};
