package eu.clusterportal.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits on members' messages, counted in the database for all instances.
 *
 * @param messagesPerHour messages one member may write within an hour
 * @param conversationsPerHour new conversations one member may begin within an hour
 * @param maxMessageLength characters one message may hold
 */
@ConfigurationProperties("portal.conversation")
record ConversationProperties(@DefaultValue("20") int messagesPerHour, @DefaultValue("10") int conversationsPerHour,
		@DefaultValue("4000") int maxMessageLength) {

	static final Duration WINDOW = Duration.ofHours(1);

}
