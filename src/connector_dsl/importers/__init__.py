"""Importers: OpenAPI 3 specs and Postman collections to the connector document model."""
