package eu.clusterportal.cache;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under names that carry a hash of their content ({@code @{/css/portal.css}}
 * in a template becomes {@code /css/portal-<hash>.css}), so browsers and proxies keep
 * them for a year without asking: a changed file has a new name. Spring Boot's own
 * mapping of the static files is off ({@code spring.web.resources.add-mappings=false}),
 * as it cannot say "immutable". Only the static files' folders are mapped: for a path
 * under a mapping, every link a page writes is looked up among the files, which cost half
 * of the China page's render when everything ({@code /**}) was mapped.
 * {@code /favicon.ico}, asked for by browsers and feed readers that do not read the
 * pages' icon link, keeps its name and so is kept for a month only.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResourceConfiguration implements WebMvcConfigurer {

	/** The folders under {@code static/}. */
	private static final List<String> STATIC_FOLDERS = List.of("css", "js", "images");

	/**
	 * Whether a path within the portal names a static file: its address is the same on
	 * pages in every language.
	 */
	public static boolean isStaticFile(String path) {
		return path.equals("/favicon.ico")
				|| STATIC_FOLDERS.stream().anyMatch((folder) -> path.startsWith("/" + folder + "/"));
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
