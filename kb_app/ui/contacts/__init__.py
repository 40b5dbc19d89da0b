"""Contacts: the table of partner services, each fact with its source date, and their vCards."""
