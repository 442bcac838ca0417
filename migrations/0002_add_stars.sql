CREATE TABLE `stars` (
	`participant_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	`event_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	PRIMARY KEY(`participant_id`, `proposal_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stars_proposal_idx` ON `stars` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `stars_event_idx` ON `stars` (`event_id`);--> statement-breakpoint
ALTER TABLE `participants` ADD `feed_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `participants_feed_token_hash_idx` ON `participants` (`feed_token_hash`);