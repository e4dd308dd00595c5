package eu.clusterportal.editorial;

/** Drafts are seen by editors only; published items by everyone. */
public enum PublicationStatus {

	DRAFT, PUBLISHED

}
