package eu.clusterportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClusterPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClusterPortalApplication.class, args);
	}

}
