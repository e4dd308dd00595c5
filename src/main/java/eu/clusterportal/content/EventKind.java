package eu.clusterportal.content;

public enum EventKind {

	CONFERENCE, WORKSHOP, MATCHMAKING, WEBINAR, TRADE_MISSION, INFO_DAY, OTHER

}
