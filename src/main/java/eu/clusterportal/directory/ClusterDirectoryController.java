package eu.clusterportal.directory;

import java.io.IOException;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PageNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cluster directory ({@code /clusters}), its CSV export ({@code /clusters.csv}) and
 * the cluster pages ({@code /clusters/{slug}}). Parameters are read as text and checked
 * here, so that no value, however odd, leads to an error page: an unknown filter value is
 * left out (the page says so), an unknown sort gives the order by name, a page number
 * that is not one gives the first page and one after the last gives the last.
 */
@Controller
class ClusterDirectoryController {

	static final String DIRECTORY_VIEW = "clusters/directory";

	static final String CLUSTER_VIEW = "clusters/show";

	private final ClusterDirectoryService directory;

	ClusterDirectoryController(ClusterDirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/clusters")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String field,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			HttpServletRequest request, Language language, Model model) {
		ClusterSort clusterSort = ClusterSort.fromParameter(sort);
		ClusterSearch search = directory.search(ClusterFilter.of(country, region, sector, field), clusterSort,
				PageNumber.index(page), language);
		model.addAttribute("directory", ClusterDirectoryPage.of(search, clusterSort,
				request.getContextPath() + "/clusters", request.getContextPath() + "/clusters.csv"));
		model.addAttribute("sorts", ClusterSort.all());
		return DIRECTORY_VIEW;
	}

	@GetMapping("/clusters.csv")
	void csv(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String field,
			@RequestParam(required = false) String sort, Language language, HttpServletResponse response)
			throws IOException {
		CsvDownload.send(response, "clusters.csv", (out) -> directory
			.export(ClusterFilter.of(country, region, sector, field), ClusterSort.fromParameter(sort), language, out));
	}

	@GetMapping("/clusters/{slug}")
	String show(@PathVariable String slug, Language language, Model model) {
		ClusterProfile profile = directory.find(slug, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No cluster " + slug));
		model.addAttribute("profile", profile);
		return CLUSTER_VIEW;
	}

}
