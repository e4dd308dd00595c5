package eu.clusterportal.editorial;

/**
 * Which texts of a translatable item one saved change changed: its original (English)
 * texts, its translation (texts or publication state), or both.
 */
public record TextChanges(boolean original, boolean translation) {
}
