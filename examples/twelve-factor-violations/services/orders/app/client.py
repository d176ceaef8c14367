import logging
from logging.handlers import RotatingFileHandler

import requests

log = logging.getLogger(__name__)
log.addHandler(RotatingFileHandler("orders-client.log", maxBytes=10_000_000, backupCount=5))


def reserve(sku: str, quantity: int) -> dict:
    log.info("reserving %s x%d", sku, quantity)
    # factorguard-ignore-next-line config/hardcoded-endpoint until 2026-01-31 -- move to env with the Helm chart
    response = requests.post("https://inventory.acme.io/reservations", json={"sku": sku, "quantity": quantity})
    response.raise_for_status()
    return response.json()
