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
  ],
  valid: [
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 \\\n    PYTHONDONTWRITEBYTECODE=1\nCOPY . /app\nCMD ["python", "worker.py"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "-u", "worker.py"]\n' },
    { file: 'services/web/Dockerfile', code: 'FROM python:3.12 AS build\nRUN pip wheel -r requirements.txt -w /wheels\n\nFROM node:20-alpine\nCOPY --from=build /wheels /wheels\nCMD ["node", "server.js"]\n' },
    { file: 'Dockerfile', code: 'FROM python:3.12-slim AS base\nENV PYTHONUNBUFFERED=true\n\nFROM base\nCOPY . /app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' },
  ],
};
