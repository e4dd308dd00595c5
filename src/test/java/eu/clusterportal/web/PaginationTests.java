package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

class PaginationTests {

	private final UriComponentsBuilder list = UriComponentsBuilder.fromPath("/clusters")
		.queryParam("sector", "C29")
		.queryParam("page", 2);

	@Test
	void linksEveryPageKeepingTheFilters() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("k", "l"), PageRequest.of(1, 10), 25), list);
		assertThat(pagination.pages()).extracting(Pagination.PageLink::href)
			.containsExactly("/clusters?sector=C29&page=1", "/clusters?sector=C29&page=2",
					"/clusters?sector=C29&page=3");
		assertThat(pagination.pages()).extracting(Pagination.PageLink::current).containsExactly(false, true, false);
		assertThat(pagination.previous()).isEqualTo("/clusters?sector=C29&page=1");
		assertThat(pagination.next()).isEqualTo("/clusters?sector=C29&page=3");
		assertThat(pagination.first()).isEqualTo(11);
		assertThat(pagination.last()).isEqualTo(12);
		assertThat(pagination.total()).isEqualTo(25);
	}

	@Test
	void linksTheEndsAndThePagesNearTheCurrentOneOfALongList() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("x"), PageRequest.of(49, 20), 20_000), list);
		assertThat(pagination.pages()).extracting(Pagination.PageLink::number)
			.containsExactly(1, 48, 49, 50, 51, 52, 1000);
		assertThat(pagination.pages()).extracting(Pagination.PageLink::afterGap)
			.containsExactly(false, true, false, false, false, false, true);
		assertThat(pagination.pages()).filteredOn(Pagination.PageLink::current)
			.extracting(Pagination.PageLink::href)
			.containsExactly("/clusters?sector=C29&page=50");
		Pagination start = Pagination.of(new PageImpl<>(List.of("x"), PageRequest.of(0, 20), 20_000), list);
		assertThat(start.pages()).extracting(Pagination.PageLink::number).containsExactly(1, 2, 3, 1000);
	}

	@Test
	void needsNoLinksForASinglePageOrNothing() {
		Pagination single = Pagination.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 10), 1), list);
		assertThat(single.isNeeded()).isFalse();
		assertThat(single.previous()).isNull();
		assertThat(single.next()).isNull();
		Pagination empty = Pagination.of(new PageImpl<>(List.of(), PageRequest.of(0, 10), 0), list);
		assertThat(empty.first()).isZero();
		assertThat(empty.total()).isZero();
	}

}
