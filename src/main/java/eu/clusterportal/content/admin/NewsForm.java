package eu.clusterportal.content.admin;

import java.time.LocalDate;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsDetails;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the news form sends; countries and partnerships travel by slug and acronym. */
public class NewsForm extends ContentForm {

	@NotNull(message = "{admin.news.channel.required}")
	private NewsChannel channel = NewsChannel.COUNTRY;

	private String partnership;

	@NotNull(message = "{admin.news.published-on.required}")
	private LocalDate publishedOn;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String url;

	static NewsForm of(NewsItem item) {
		NewsForm form = new NewsForm();
		form.copyFrom(item);
		form.channel = item.getChannel();
		form.partnership = (item.getPartnership() != null) ? item.getPartnership().getAcronym() : null;
		form.publishedOn = item.getPublishedOn();
		form.url = item.getUrl();
		return form;
	}

	/**
	 * The news item as the form describes it, with the country and partnership it names.
	 */
	NewsDetails toDetails(Country country, Partnership partnership) {
		return new NewsDetails(country, channel, partnership, getTitle(), publishedOn, getSummary(), url, getStatus());
	}

	public NewsChannel getChannel() {
		return channel;
	}

	public void setChannel(NewsChannel channel) {
		this.channel = channel;
	}

	public String getPartnership() {
		return partnership;
	}

	public void setPartnership(String partnership) {
		this.partnership = partnership;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

}
