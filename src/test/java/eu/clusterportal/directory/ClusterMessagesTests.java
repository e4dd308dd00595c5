package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import eu.clusterportal.cluster.ClusterGrouping;
import org.junit.jupiter.api.Test;

/** The message keys that the cluster templates build from values exist. */
class ClusterMessagesTests {

	@Test
	void everyKeyBuiltFromAValueExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		ClusterSort.all().forEach((s) -> assertThat(messages).containsKey("clusters.sort." + s.toParameter()));
		for (ClusterFilter.Param param : ClusterFilter.Param.values()) {
			assertThat(messages).containsKey("clusters.filter." + param.parameter());
			assertThat(messages).containsKey("clusters.filter.unknown." + param.parameter());
		}
		for (ClusterGrouping grouping : ClusterGrouping.values()) {
			assertThat(messages).containsKey("clusters.chart.title." + grouping);
		}
	}

}
