"""The Microsoft Teams edge (botbuilder): everything Teams-specific lives in this package."""
