package eu.clusterportal.conversation;

import eu.clusterportal.editorial.Language;

/** The signed-in member who reads or writes, as this package needs them. */
record ConversationMember(long id, String name, String email, Language language) {

}
