package eu.clusterportal.matching;

/** A candidate for a request, ranked, with the sentence that says why it fits. */
public record Match(int rank, Candidate candidate, String reasons) {

}
