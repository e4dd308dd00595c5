package eu.clusterportal.alerts;

import eu.clusterportal.editorial.LocalizedText;

/**
 * Something a member follows or is about to follow, named in the page's language.
 *
 * @param followId the follow's id, or {@code null} before it is followed
 * @param targetId the id of the country, term, organisation or partnership
 * @param key what its page's address and a follow link name it by
 * @param name its name, marked with its language where it is not translated
 * @param href the path of its public page
 */
public record FollowedThing(Long followId, FollowKind kind, long targetId, String key, LocalizedText name,
		String href) {

}
