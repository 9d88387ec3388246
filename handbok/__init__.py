"""Handbok: data, validation and rendering for the samverkan handbook site."""
