"""Contacts: the table of partner services and their vCards."""
