"""Settings for the orders service."""
import logging

INVENTORY_BASE_URL = "http://inventory.internal:8080"
CELERY = {"broker_url": "amqp://mq.internal:5672//"}
DATABASE_PASSWORD = "k7!Vq2#Lm9pZ"

logging.basicConfig(filename="orders.log", filemode="a", level=logging.INFO)
