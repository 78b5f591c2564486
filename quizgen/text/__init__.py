"""Text helpers shared by the stages: sentence splitting with shipped Punkt parameters."""
